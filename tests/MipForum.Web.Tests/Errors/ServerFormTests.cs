using MipForum.Application.Common.Exceptions;
using MipForum.Domain.Common;
using MipForum.Web.Errors;

namespace MipForum.Web.Tests.Errors;

/// <summary>The form helper every form and island uses: field errors next to their inputs, the rest never silent.</summary>
public sealed class ServerFormTests
{
    private sealed class Input
    {
        public string Body { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;
    }

    [Fact]
    public async Task ShouldPutFieldErrorsNextToShownInputsAndTheRestInTheSummaryWhenValidationFails()
    {
        var input = new Input();
        var form = new ServerForm(input, "body");

        var done = await form.RunAsync(() => throw new RequestValidationException(new Dictionary<string, string[]>
        {
            ["body"] = ["Write something first: the post is empty."],
            ["category"] = ["There is no category 'x'."],
        }));

        Assert.False(done);
        Assert.Equal(["Write something first: the post is empty."], form.EditContext.GetValidationMessages(form.EditContext.Field(nameof(Input.Body))));
        Assert.Equal("There is no category 'x'.", form.Message);
        Assert.Equal(ErrorRemedy.FixInput, form.Remedy);
    }

    [Fact]
    public async Task ShouldPointAtTheFieldsWhenEveryErrorSitsNextToItsInput()
    {
        var form = new ServerForm(new Input(), "body", "title");

        await form.RunAsync(() => throw new RequestValidationException("title", "Give the thread a title."));

        Assert.Equal(ServerForm.SeeTheFields, form.Message);
    }

    [Fact]
    public async Task ShouldClearTheLastRefusalWhenTheNextActionSucceeds()
    {
        var form = new ServerForm(new Input(), "body");
        await form.RunAsync(() => throw new StaleVersionException("This post was changed while you were editing it. Reload it and apply your edit again."));
        Assert.Equal(ErrorRemedy.Reload, form.Remedy);

        Assert.True(await form.RunAsync(() => Task.CompletedTask));

        Assert.Null(form.Message);
        Assert.Empty(form.EditContext.GetValidationMessages());
    }

    [Fact]
    public async Task ShouldLetAFailureThatIsNotARefusalThroughWhenSomethingBreaks()
    {
        var form = new ServerForm();

        await Assert.ThrowsAsync<InvalidOperationException>(() => form.RunAsync(() => throw new InvalidOperationException("a bug")));
        Assert.False(form.Busy);
    }

    [Fact]
    public async Task ShouldSendTheSameActionAgainWhenRetriedAfterABusyMoment()
    {
        var form = new ServerForm();
        var attempts = 0;

        await form.RunAsync(() => ++attempts == 1 ? throw new BusyException("The thread is very busy right now; your reply was not saved. Please try again in a moment.") : Task.CompletedTask);
        Assert.True(form.CanRetry);
        Assert.True(await form.RetryAsync());

        Assert.Equal(2, attempts);
        Assert.Null(form.Message);
        Assert.False(form.CanRetry);
    }
}
