namespace PaperDigest.Tests.Properties.Generation;

/// <summary>The footer the renderer appends after the last paper.</summary>
public enum FooterChoice
{
    /// <summary>No footer.</summary>
    None,

    /// <summary><c>参考</c>, <c>文档信息</c> and <c>- 本文作者:</c>, <c>- 本文链接:</c>, <c>- 版权声明:</c> lines.</summary>
    References,

    /// <summary><c>往期推荐</c> and a few article titles.</summary>
    Recommended,

    /// <summary><c>Read more</c> and a <c>Permalink:</c> line.</summary>
    ReadMore,
}
