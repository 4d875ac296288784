using System.Text.Json.Serialization;

namespace MipForum.Application.Common.Models;

/// <summary>One page of a longer list; serialised as {items, page, pageSize, total}.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    [JsonIgnore]
    public int PageCount => Total == 0 ? 1 : (int)Math.Ceiling(Total / (double)PageSize);

    [JsonIgnore]
    public bool HasPrevious => Page > 1;

    [JsonIgnore]
    public bool HasNext => Page < PageCount;
}
