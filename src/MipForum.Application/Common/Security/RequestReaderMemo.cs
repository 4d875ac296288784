using MipForum.Domain.Members;

namespace MipForum.Application.Common.Security;

/// <summary>
/// The signed-in reader's member row, read once for one HTTP read (a GET) however many messages its page sends: the
/// thread, its polls and the header's bell each asked for the same row, three reads per signed-in page (issue 15).
/// The host starts one per GET request only (UseCurrentUser) and ScopedSender hands it to each message's scope; a
/// circuit never has one, so a row is never kept longer than the request that read it. A command sent meanwhile
/// forgets it, so whatever the request reads after a write is read again.
/// </summary>
public sealed class RequestReaderMemo
{
    private readonly Lock _gate = new();
    private int _memberId;
    private Task<Member?>? _row;

    /// <summary>The member's row: the first caller's read, shared by the others; a failed or cancelled read is not kept.</summary>
    public Task<Member?> GetOrReadAsync(int memberId, Func<Task<Member?>> read)
    {
        lock (_gate)
        {
            if (_row is { } kept && _memberId == memberId && !kept.IsFaulted && !kept.IsCanceled)
            {
                return kept;
            }

            _memberId = memberId;
            _row = read();
            return _row;
        }
    }

    public void Forget()
    {
        lock (_gate)
        {
            _row = null;
        }
    }
}
