using MipForum.Application.Common.Exceptions;
using MipForum.Domain.Common;
using MipForum.Web.Errors;

namespace MipForum.Web.Tests.Errors;

/// <summary>The one table: what each exception becomes, on the API, on a page and in a form.</summary>
public sealed class ErrorTableTests
{
    public static TheoryData<Exception, int, string, ErrorRemedy> Rows() => new()
    {
        { new RequestValidationException("body", "Write something first: the post is empty."), 400, "invalid", ErrorRemedy.FixInput },
        { new NotSignedInException(), 401, "not-signed-in", ErrorRemedy.SignIn },
        { new ForbiddenException("Only moderators review flags."), 403, "not-allowed", ErrorRemedy.None },
        { new NotPermittedException("Only its author edits a post."), 403, "not-allowed", ErrorRemedy.None },
        { new NotFoundException("There is no post 5."), 404, "not-found", ErrorRemedy.None },
        { new StaleVersionException("This post was changed since you opened it. Reload it and apply your edit again."), 409, "stale-version", ErrorRemedy.Reload },
        { new DomainRuleException("This thread is locked."), 409, "rule", ErrorRemedy.None },
        { new TooManyRequestsException(TimeSpan.FromSeconds(30)), 429, "too-fast", ErrorRemedy.Retry },
        { new BusyException("The thread is very busy right now; your reply was not saved. Please try again in a moment."), 503, "busy", ErrorRemedy.Retry },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ShouldGiveEachRefusalItsStatusTypeAndRemedyWhenTheForumRefuses(Exception exception, int status, string kind, ErrorRemedy remedy)
    {
        var outcome = ErrorTable.For(exception);

        Assert.Equal(status, outcome.Status);
        Assert.Equal(ErrorTable.TypeOf(kind), outcome.Type);
        Assert.Equal(remedy, outcome.Remedy);
        Assert.True(outcome.IsRefusal);
    }

    [Fact]
    public void ShouldTellReloadFromRetryWhenAConflictIsStaleOrBusy()
    {
        var stale = ErrorTable.For(new StaleVersionException("This post was changed while you were editing it. Reload it and apply your edit again."));
        var busy = ErrorTable.For(new BusyException("Many proposals are being published at once; yours was not. Please try again in a moment."));

        Assert.Equal(("reload", (int?)null), (stale.RemedyName, stale.RetryAfterSeconds));
        Assert.Equal(("retry", (int?)1), (busy.RemedyName, busy.RetryAfterSeconds));
        Assert.NotEqual(stale.Type, busy.Type);
    }

    [Fact]
    public void ShouldShowNothingAboutTheCauseWhenTheFailureIsNotTheForumsOwn()
    {
        var outcome = ErrorTable.For(new InvalidOperationException("Connection string 'secret' …"));

        Assert.Equal(500, outcome.Status);
        Assert.Null(outcome.Message);
        Assert.False(outcome.IsRefusal);
    }
}
