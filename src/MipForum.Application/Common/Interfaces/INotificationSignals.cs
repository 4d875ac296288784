namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// Tells open pages that a member's notifications changed (one arrived, or some were read), so the header's bell can
/// count again. Carries no content: the page asks for the count itself, as that member. In-process, like ILiveUpdates.
/// </summary>
public interface INotificationSignals
{
    void Publish(int memberId);

    IDisposable Subscribe(int memberId, Func<Task> onChange);
}
