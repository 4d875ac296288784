using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MipForum.Application.Common.Interfaces;
using MipForum.Infrastructure.LiveUpdates;
using MipForum.Web.Components.Discussion;

namespace MipForum.Web.Tests.Components;

/// <summary>A thread page's islands (the live bar and its polls) share one subscription on the bus; the bar hands like counts to the page's script.</summary>
public sealed class CircuitLiveUpdatesTests : ForumComponentTestBase
{
    private readonly CountingBus _bus = new();

    public CircuitLiveUpdatesTests() => Services.AddSingleton<ILiveUpdates>(_bus);

    [Fact]
    public async Task ShouldHandOtherReadersLikesToThePageScriptAndCountRepliesOnOneSubscription()
    {
        Reader.MemberId = 2;
        var shown = JSInterop.SetupVoid("mipForum.showLikes", _ => true);
        var bar = Render<LiveThreadBar>(p => p.Add(c => c.ThreadId, 1).Add(c => c.PostCount, 5).Add(c => c.CurrentUrl, "/t/x/1"));

        Assert.Equal(1, _bus.Active(1));
        _bus.Publish(new ThreadActivity(1, 0, 4, ThreadActivityKind.Liked) { LikeCount = 2 });
        _bus.Publish(new ThreadActivity(2, 0, 4, ThreadActivityKind.Liked) { LikeCount = 9 }); // another thread
        _bus.Publish(new ThreadActivity(1, 6, 6, ThreadActivityKind.Replied));

        bar.WaitForAssertion(() => Assert.Contains("1 new reply", bar.Markup, StringComparison.Ordinal));
        bar.WaitForAssertion(() => Assert.Single(shown.Invocations));
        var like = shown.Invocations.Single();
        Assert.Equal([4, 2], like.Arguments.Cast<int>());
        Assert.DoesNotContain("changed", bar.Markup, StringComparison.Ordinal); // a like is redrawn in place, no refresh asked

        await DisposeComponentsAsync();
        Assert.Equal(0, _bus.Active(1));
    }

    [Fact]
    public async Task ShouldEndTheBusSubscriptionWhenTheLastIslandLetsGo()
    {
        using var circuit = new MipForum.Web.Common.CircuitLiveUpdates(_bus);
        var heard = new List<string>();
        var first = circuit.Subscribe(7, _ => { heard.Add("first"); return Task.CompletedTask; });
        var second = circuit.Subscribe(7, _ => throw new InvalidOperationException("a broken island"));
        var third = circuit.Subscribe(7, _ => { heard.Add("third"); return Task.CompletedTask; });
        Assert.Equal(1, _bus.Active(7));

        _bus.Publish(new ThreadActivity(7, 2, 2, ThreadActivityKind.Replied));
        await WaitUntilAsync(() => heard.Count == 2);
        Assert.Equal(["first", "third"], heard);

        first.Dispose();
        second.Dispose();
        second.Dispose();
        Assert.Equal(1, _bus.Active(7));
        third.Dispose();
        Assert.Equal(0, _bus.Active(7));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10, Xunit.TestContext.Current.CancellationToken);
        }
    }

    private sealed class CountingBus : ILiveUpdates
    {
        private readonly InProcessLiveUpdates _inner = new(NullLogger<InProcessLiveUpdates>.Instance);
        private readonly Dictionary<int, int> _active = [];

        public int Active(int threadId)
        {
            lock (_active)
            {
                return _active.GetValueOrDefault(threadId);
            }
        }

        public void Publish(ThreadActivity activity) => _inner.Publish(activity);

        public IDisposable Subscribe(int threadId, Func<ThreadActivity, Task> onActivity)
        {
            lock (_active)
            {
                _active[threadId] = _active.GetValueOrDefault(threadId) + 1;
            }

            var inner = _inner.Subscribe(threadId, onActivity);
            return new Ended(() =>
            {
                inner.Dispose();
                lock (_active)
                {
                    _active[threadId]--;
                }
            });
        }

        private sealed class Ended(Action end) : IDisposable
        {
            public void Dispose() => end();
        }
    }
}
