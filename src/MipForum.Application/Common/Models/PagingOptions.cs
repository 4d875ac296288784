namespace MipForum.Application.Common.Models;

/// <summary>Page sizes, bound from configuration section <c>Forum:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "Forum:Paging";

    public int ThreadsPerPage { get; set; } = 30;

    public int PostsPerPage { get; set; } = 20;

    public int ProposalsPerPage { get; set; } = 50;

    public int SearchResultsPerPage { get; set; } = 20;
}
