namespace MipForum.Application.Common.Interfaces;

/// <summary>Who is sending the message: set per scope by the host (request or ScopedSender), never read from HttpContext here.</summary>
public interface ICurrentUser
{
    /// <summary>The member id when signed in; null for anonymous callers.</summary>
    int? MemberId { get; }

    bool IsSignedIn => MemberId is not null;
}
