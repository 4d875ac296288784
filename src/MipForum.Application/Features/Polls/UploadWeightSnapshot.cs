using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Members;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

public sealed record WeightSnapshotView(int Id, string Label, DateTimeOffset UploadedAt, int Members, decimal TotalWeight);

/// <summary>
/// An admin uploads members' weights at one moment. Unknown members, duplicates, negative or malformed weights are listed
/// line by line (field <c>csv</c>) and nothing is imported until the file is clean.
/// </summary>
public sealed record UploadWeightSnapshotCommand(string Label, string Csv) : ICommand<WeightSnapshotView>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ManageWeightSnapshots;
}

public sealed class UploadWeightSnapshotCommandValidator : AbstractValidator<UploadWeightSnapshotCommand>
{
    public UploadWeightSnapshotCommandValidator()
    {
        RuleFor(c => c.Label).Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("Label the snapshot, e.g. “MKR at block 13,500,000”.")
            .MaximumLength(WeightSnapshot.LabelMaxLength).WithMessage($"A label has at most {WeightSnapshot.LabelMaxLength} characters.")
            .PlainText("A label");
        RuleFor(c => c.Csv).NotEmpty().WithMessage("The file is empty.");
    }
}

public sealed class UploadWeightSnapshotCommandHandler(IForumDbContext db, ICurrentUser currentUser, IOptions<PollOptions> options, TimeProvider time)
    : ICommandHandler<UploadWeightSnapshotCommand, WeightSnapshotView>
{
    private const int ProblemsShown = 50;

    public async ValueTask<WeightSnapshotView> Handle(UploadWeightSnapshotCommand command, CancellationToken cancellationToken)
    {
        var (lines, problems) = WeightCsv.Read(command.Csv);
        if (lines.Count + problems.Count > options.Value.MaxSnapshotRows)
        {
            throw new RequestValidationException("csv", $"A snapshot has at most {options.Value.MaxSnapshotRows:N0} lines (Forum:Polls:MaxSnapshotRows).");
        }

        var names = lines.Select(l => UserNameRules.Normalize(l.UserName)).Distinct().ToList();
        var members = await db.Members.Where(m => names.Contains(m.NormalizedUserName)).ToDictionaryAsync(m => m.NormalizedUserName, cancellationToken);
        problems.AddRange(lines.Where(l => !members.ContainsKey(UserNameRules.Normalize(l.UserName)))
            .Select(l => new WeightProblem(l.LineNumber, $"Line {l.LineNumber}: no member is called @{l.UserName}.")));
        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new WeightProblem(0, "The file has no weights."));
        }

        if (problems.Count > 0)
        {
            var ordered = problems.OrderBy(p => p.LineNumber).Select(p => p.Message).ToList();
            var shown = ordered.Take(ProblemsShown).ToList();
            if (ordered.Count > ProblemsShown)
            {
                shown.Add($"…and {ordered.Count - ProblemsShown} more problems. Nothing was imported.");
            }

            throw new RequestValidationException(new Dictionary<string, string[]> { ["csv"] = [.. shown] });
        }

        var uploader = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var snapshot = WeightSnapshot.Take(command.Label, uploader, [.. lines.Select(l => (members[UserNameRules.Normalize(l.UserName)], l.Weight))], time.GetUtcNow());
        db.WeightSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return new WeightSnapshotView(snapshot.Id, snapshot.Label, snapshot.UploadedAt, lines.Count, snapshot.TotalWeight);
    }
}
