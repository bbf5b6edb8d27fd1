namespace PaperDigest.Sections;

/// <summary>The fields a footer may carry.</summary>
internal enum FooterField
{
    Author,
    Link,
    License,
}
