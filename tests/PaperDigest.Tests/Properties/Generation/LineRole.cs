namespace PaperDigest.Tests.Properties.Generation;

/// <summary>What a rendered line is; says where metamorphic transformations may insert lines.</summary>
public enum LineRole
{
    Header,
    GroupHeading,
    Heading,

    /// <summary>A title line after the heading: nothing may be inserted before it.</summary>
    TitleLine,
    Field,
    Prose,
    Ad,
    Footer,

    /// <summary>An empty line.</summary>
    Blank,
}
