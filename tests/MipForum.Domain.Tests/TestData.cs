using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static Member Member(string userName = "amelie.r") => new(userName, userName, Now.AddDays(-100));

    /// <summary>A member as loaded from the database, with its id (rules that compare ids, such as delegation, need one).</summary>
    public static Member Member(string userName, int id)
    {
        var member = Member(userName);
        typeof(Member).GetProperty(nameof(Domain.Members.Member.Id))!.SetValue(member, id);
        return member;
    }

    public static Category Category() => new("MIPs", "mips", "Formal proposals", 0);

    public static CookedMarkdown Body(string text = "Hello **world**") => new(text, $"<p>{text}</p>", text, CookedReferences.None);
}
