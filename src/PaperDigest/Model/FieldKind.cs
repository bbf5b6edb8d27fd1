using System.Text.Json.Serialization;

namespace PaperDigest.Model;

/// <summary>What a field label means. The label table is data: add labels with <c>DigestParserOptions.FieldLabels</c>.</summary>
public enum FieldKind
{
    /// <summary>A label the parser knows but that has no special meaning.</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>The paper itself (<c>论文链接</c>, <c>论文地址</c>, <c>URL</c>, <c>Paper</c>, <c>arXiv</c>); bare arXiv IDs count here.</summary>
    [JsonStringEnumMemberName("paper")]
    Paper,

    /// <summary>Code (<c>代码</c>, <c>Code</c>, <c>Official Code</c>, <c>GitHub 地址</c>, <c>源码链接</c>).</summary>
    [JsonStringEnumMemberName("code")]
    Code,

    /// <summary>A project page (<c>项目地址</c>, <c>项目主页</c>, <c>Project Page</c>).</summary>
    [JsonStringEnumMemberName("projectPage")]
    ProjectPage,

    /// <summary>Affiliations (<c>单位</c>, <c>机构</c>, <c>作者单位</c>, <c>Affiliations</c>).</summary>
    [JsonStringEnumMemberName("affiliation")]
    Affiliation,

    /// <summary>Authors (<c>作者</c>, <c>Authors</c>).</summary>
    [JsonStringEnumMemberName("authors")]
    Authors,

    /// <summary>A title (<c>论文标题</c>, <c>题目</c>, <c>Title</c>).</summary>
    [JsonStringEnumMemberName("title")]
    Title,

    /// <summary>Where the digest or paper comes from (<c>出处</c>, <c>来源</c>, <c>文章来源</c>).</summary>
    [JsonStringEnumMemberName("source")]
    Source,

    /// <summary>A venue (<c>会议</c>, <c>Venue</c>).</summary>
    [JsonStringEnumMemberName("venue")]
    Venue,

    /// <summary>A dataset link (<c>数据集</c>, <c>Dataset</c>).</summary>
    [JsonStringEnumMemberName("dataset")]
    Dataset,
}
