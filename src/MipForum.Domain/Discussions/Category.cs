using MipForum.Domain.Common;

namespace MipForum.Domain.Discussions;

public sealed class Category
{
    private Category()
    {
        Name = string.Empty;
        Slug = string.Empty;
        Description = string.Empty;
    }

    public Category(string name, string slug, string description, int position)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainRuleException("A category needs a name.") : name.Trim();
        Slug = Slugs.IsSlug(slug) ? slug : throw new DomainRuleException($"'{slug}' is not a valid category slug.");
        Description = description.Trim();
        Position = position;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public string Description { get; private set; }

    public int Position { get; private set; }
}
