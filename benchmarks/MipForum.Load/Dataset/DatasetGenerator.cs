using System.Diagnostics;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.Members;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Common;
using MipForum.Domain.Moderation;
using MipForum.Infrastructure;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Composition;

namespace MipForum.Load.Dataset;

/// <summary>
/// Writes a forum of the settings' size into a fresh SQLite file through the application layer: every member registered,
/// every thread, reply, like, flag and moderation action sent as the command a user's request sends (authorization,
/// validation, cooking, numbering, notifications, the search triggers), on the real composition. Only the password hash
/// is made cheaper (fewer PBKDF2 iterations, still verifiable): 5,000 full-strength hashes would take minutes and measure
/// nothing the scenarios read.
/// </summary>
public sealed class DatasetGenerator(LoadSettings settings, TextWriter log)
{
    public const string Password = "mipforum-load-run";

    private const string AdminName = "load.admin";

    private readonly ForumText _text = new(15);
    private readonly List<(int Id, string Name)> _members = [];
    private readonly List<string> _moderators = [];
    private readonly List<int> _postIds = [];
    private readonly Dictionary<int, (int Id, string Slug, int Posts)> _threads = [];
    private int _skipped;

    public async Task<DatasetManifest> GenerateAsync(string database, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var end = DateTimeOffset.UtcNow.AddDays(-1);
        var clock = new GeneratorClock(end.AddDays(-730));
        await using var services = Compose(database, clock);
        await services.RunStartupWorkAsync(cancellationToken); // migrations and the demo forum

        var existing = await CountAsync(services, cancellationToken);
        log.WriteLine($"demo forum: {existing.Members} members, {existing.Threads} threads, {existing.Posts} posts");
        await RegisterMembersAsync(services, settings.Members - existing.Members, cancellationToken);
        var proposalThreads = await PublishProposalsAsync(services, clock, settings.Proposals - existing.Proposals, cancellationToken);
        var longThread = await WriteThreadsAsync(services, clock, end, proposalThreads, existing, cancellationToken);
        clock.Now = end;
        await LikeAsync(services, cancellationToken);
        var moderation = await ModerateAsync(services, cancellationToken);

        var demo = await DemoThreadAsync(services, cancellationToken);
        var totals = await CountAsync(services, cancellationToken);
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();

        var manifest = new DatasetManifest(settings.Name, totals.Members, totals.Threads, totals.Posts, totals.Proposals, totals.Likes, moderation,
            longThread, demo, "MIP41c5-SP2", Password, [.. _members.Skip(_members.Count - settings.Writers).Select(m => m.Name)],
            _members[^(settings.Writers + 1)].Name, watch.Elapsed);
        log.WriteLine($"dataset: {manifest.Members:N0} members, {manifest.Threads:N0} threads, {manifest.Posts:N0} posts, {manifest.Proposals:N0} proposals, " +
            $"{manifest.Likes:N0} likes, {moderation:N0} moderation actions in {watch.Elapsed.TotalSeconds:N0} s ({_skipped:N0} commands refused and skipped)");
        await manifest.SaveAsync(database);
        return manifest;
    }

    private static ServiceProvider Compose(string database, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Forum"] = $"Data Source={database}",
            ["Forum:SeedDemo"] = "true",
            ["Forum:Admin:UserName"] = AdminName,
            ["Forum:Admin:Email"] = "load.admin@load.example.org",
            ["Forum:Admin:Password"] = Password,
            ["Forum:RateLimits:Commands:PermitLimit"] = "1000000",
            ["Forum:Moderation:NewAccountPostsPerDay"] = "1000000",
            ["Forum:Moderation:NewAccountPostsWithoutLinks"] = "0",
            ["Forum:Notifications:MaxMentionsPerPostNewAccount"] = "10",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddLogging();
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration);
        services.AddForumMediator();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        return services.BuildServiceProvider();
    }

    private async Task RegisterMembersAsync(ServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var first = new[] { "amara", "bao", "carla", "dmitri", "elif", "farid", "greta", "hiro", "ines", "jonas", "kemi", "lars", "mei", "nadia", "oscar", "priya", "quinn", "rafael", "sana", "tomas" };
        var last = new[] { "okafor", "nguyen", "rossi", "ivanov", "yilmaz", "haddad", "lund", "tanaka", "silva", "becker", "adeyemi", "berg", "zhang", "karimi", "reyes", "shah", "murphy", "costa", "ali", "novak" };
        for (var i = 0; i < count; i++)
        {
            var name = $"{first[i % first.Length]}.{last[i / first.Length % last.Length]}{i / (first.Length * last.Length)}";
            var registered = await SendAsync(services, new RegisterMemberCommand(name, $"{name}@load.example.org", Password), system: true, cancellationToken);
            _members.Add((registered.MemberId, registered.UserName));
            Progress("members", i + 1, count);
        }

        // A few facilitators who write the proposals and moderators who act on flags, as a real forum has; the admin gives the roles.
        int admin;
        await using (var scope = services.CreateAsyncScope())
        {
            admin = await scope.ServiceProvider.GetRequiredService<ForumDbContext>().Members.Where(m => m.UserName == AdminName).Select(m => m.Id).SingleAsync(cancellationToken);
        }

        foreach (var (_, name) in _members.Take(Math.Max(2, count / 250)))
        {
            await SendAsync(services, new ChangeMemberRolesCommand(name, ["contributor", "facilitator"]), admin, cancellationToken);
        }

        foreach (var (_, name) in _members.Skip(Math.Max(2, count / 250)).Take(Math.Max(2, count / 500)))
        {
            await SendAsync(services, new ChangeMemberRolesCommand(name, ["contributor", "moderator"]), admin, cancellationToken);
            _moderators.Add(name);
        }
    }

    private async Task<List<int>> PublishProposalsAsync(ServiceProvider services, GeneratorClock clock, int count, CancellationToken cancellationToken)
    {
        var facilitators = _members.Take(Math.Max(2, _members.Count / 250)).ToList();
        var threads = new List<int>();
        for (var i = 0; i < count; i++)
        {
            clock.Now = clock.Now.AddHours(2);
            var author = _text.Pick(facilitators).Id;
            var sections = new Dictionary<string, string>
            {
                ["Sentence Summary"] = _text.Title() + ".",
                ["Paragraph Summary"] = _text.Post([], 0, 0),
                ["Motivation"] = _text.Post([], 0, 0),
                ["Specification / Proposal Details"] = _text.Post([], 0, 0) + "\n\n" + _text.Post([], 0, 0),
            };
            var draft = await SendAsync(services, new DraftProposalCommand(null, _text.Title(), "A generated proposal of the load run.", sections), author, cancellationToken);
            var published = await SendAsync(services, new PublishProposalCommand(draft.Id), author, cancellationToken);
            if (published.ThreadId is { } thread)
            {
                threads.Add(thread);
            }

            Progress("proposals", i + 1, count);
        }

        return threads;
    }

    private sealed record Planned(double At, int Thread);

    private async Task<ThreadRef> WriteThreadsAsync(ServiceProvider services, GeneratorClock clock, DateTimeOffset end, List<int> proposalThreads,
        Totals existing, CancellationToken cancellationToken)
    {
        var begin = clock.Now;
        var newThreads = Math.Max(1, settings.Threads - existing.Threads - proposalThreads.Count);
        var replies = Math.Max(0, settings.Posts - existing.Posts - proposalThreads.Count - newThreads - (settings.LongThreadPosts - 1));

        // Thread 0 is the long one; replies go to the others with a skew (a few threads draw most of the discussion).
        var plan = new List<Planned>();
        var starts = new double[newThreads + proposalThreads.Count];
        for (var t = 0; t < starts.Length; t++)
        {
            starts[t] = t < newThreads ? _text.Random.NextDouble() * 0.8 : 0;
            plan.Add(new Planned(starts[t] - 1e-9, ~t)); // a start (negative) just before its replies
        }

        for (var i = 0; i < settings.LongThreadPosts - 1; i++)
        {
            plan.Add(new Planned(starts[0] + (_text.Random.NextDouble() * (1 - starts[0])), 0));
        }

        for (var i = 0; i < replies; i++)
        {
            var t = 1 + (int)((starts.Length - 1) * Math.Pow(_text.Random.NextDouble(), 1.8));
            plan.Add(new Planned(starts[t] + (_text.Random.NextDouble() * (1 - starts[t])), t));
        }

        plan.Sort((a, b) => a.At.CompareTo(b.At));
        var ids = new int[starts.Length];
        for (var t = 0; t < proposalThreads.Count; t++)
        {
            ids[newThreads + t] = proposalThreads[t];
            _threads[newThreads + t] = (proposalThreads[t], "", 1);
        }

        var span = end - begin;
        var names = _members.Select(m => m.Name).ToList();
        var done = 0;
        foreach (var step in plan)
        {
            clock.Now = begin + (span * step.At);
            if (step.Thread < 0)
            {
                var t = ~step.Thread;
                if (t < newThreads)
                {
                    var title = t == 0 ? "MIP41c5-SP9: the long debate on facilitator offboarding" : _text.Title();
                    var category = t == 0 ? "mips" : _text.Pick(["general", "core-units", "mips"]);
                    var started = await SendAsync(services, new StartThreadCommand(title, _text.Post(names, 0, 0), category), _text.Pick(_members).Id, cancellationToken);
                    ids[t] = started.Id;
                    _threads[t] = (started.Id, started.Slug, 1);
                }
            }
            else
            {
                var (id, slug, posts) = _threads[step.Thread];
                int? replyTo = _text.Random.NextDouble() < 0.25 ? _text.Random.Next(1, posts + 1) : null;
                PostedReply? reply = null;
                var body = _text.Post(names, id, posts);
                if (await TryAsync(async () => reply = await SendAsync(services, new ReplyToThreadCommand(id, body, replyTo), _text.Pick(_members).Id, cancellationToken)) && reply is not null)
                {
                    _postIds.Add(reply.Id);
                    _threads[step.Thread] = (id, slug, posts + 1);
                }
            }

            Progress("threads and replies", ++done, plan.Count);
        }

        var longThread = _threads[0];
        return new ThreadRef(longThread.Id, longThread.Slug, longThread.Posts);
    }

    private async Task LikeAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        for (var i = 0; i < settings.Likes && _postIds.Count > 0; i++)
        {
            var post = _postIds[(int)((_postIds.Count - 1) * Math.Pow(_text.Random.NextDouble(), 2))];
            var liker = _text.Pick(_members).Id;
            await TryAsync(() => SendAsync(services, new LikePostCommand(post), liker, cancellationToken));
            Progress("likes", i + 1, settings.Likes);
        }
    }

    private async Task<int> ModerateAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        var actions = 0;
        var moderatorIds = _members.Where(m => _moderators.Contains(m.Name)).Select(m => m.Id).ToList();
        for (var i = 0; i < settings.ModerationActions && _postIds.Count > 0 && moderatorIds.Count > 0; i++)
        {
            var post = _text.Pick(_postIds);
            var roll = _text.Random.NextDouble();
            var moderator = _text.Pick(moderatorIds);
            var flagger = _text.Pick(_members).Id;
            var thread = _text.Pick(_threads.Values.ToList()).Id;
            var done = roll switch
            {
                < 0.55 => await TryAsync(() => SendAsync(services, new FlagPostCommand(post, _text.Pick([FlagReason.OffTopic, FlagReason.Inappropriate, FlagReason.Spam])), flagger, cancellationToken)),
                < 0.85 => await TryAsync(() => SendAsync(services, new ModeratePostCommand(post, PostModeration.Hide, "Off-topic for this thread; moved to the general discussion."), moderator, cancellationToken)),
                < 0.95 => await TryAsync(() => SendAsync(services, new ModeratePostCommand(post, PostModeration.Remove, "Spam."), moderator, cancellationToken)),
                _ => await TryAsync(() => SendAsync(services, new ModerateThreadCommand(thread, ThreadModeration.Lock, "The signal poll has closed; discussion continues in the ratification thread."), moderator, cancellationToken)),
            };
            actions += done ? 1 : 0;
        }

        return actions;
    }

    private static async Task<ThreadRef> DemoThreadAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var thread = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Threads.Where(t => t.Title.StartsWith("MIP41c5-SP2")).OrderBy(t => t.Id), cancellationToken);
        return new ThreadRef(thread.Id, thread.Slug, thread.PostCount);
    }

    private sealed record Totals(int Members, int Threads, int Posts, int Proposals, int Likes);

    private static async Task<Totals> CountAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<ForumDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        async Task<int> Count(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Totals(await Count("Members"), await Count("Threads"), await Count("Posts"), await Count("Proposals"), await Count("PostLikes"));
    }

    private static async Task<T> SendAsync<T>(ServiceProvider services, ICommand<T> command, int? asMember, CancellationToken cancellationToken) =>
        await SendAsync(services, command, system: false, cancellationToken, asMember);

    private static async Task<T> SendAsync<T>(ServiceProvider services, ICommand<T> command, bool system, CancellationToken cancellationToken, int? asMember = null)
    {
        await using var scope = services.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        if (system)
        {
            user.SetSystem();
        }
        else
        {
            user.SetMember(asMember);
        }

        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    // A command the forum refuses (liking one's own post, flagging twice, a post already hidden) is what users meet too: skipped.
    private async Task<bool> TryAsync(Func<Task> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (Exception refused) when (refused is DomainRuleException or RequestValidationException or ForbiddenException or NotFoundException)
        {
            _skipped++;
            return false;
        }
    }

    private DateTime _lastProgress = DateTime.UtcNow;
    private int _lastCount;

    private void Progress(string what, int done, int of)
    {
        var now = DateTime.UtcNow;
        if (done == of || (now - _lastProgress).TotalSeconds >= 10)
        {
            var rate = done >= _lastCount ? (done - _lastCount) / Math.Max(0.001, (now - _lastProgress).TotalSeconds) : done;
            log.WriteLine($"  {what}: {done:N0} of {of:N0} ({rate:N0}/s)");
            _lastProgress = now;
            _lastCount = done == of ? 0 : done;
        }
    }
}
