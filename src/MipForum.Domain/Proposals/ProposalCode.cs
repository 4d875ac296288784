using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MipForum.Domain.Proposals;

/// <summary>
/// A MIP code: <c>MIP41</c> (a MIP), <c>MIP41c5</c> (its component 5) or <c>MIP41c5-SP2</c>
/// (subproposal 2 under that component). The hierarchy is in the code itself.
/// </summary>
public sealed partial record ProposalCode
{
    private ProposalCode(int mip, int? component, int? subproposal)
    {
        Mip = mip;
        Component = component;
        Subproposal = subproposal;
    }

    public int Mip { get; }

    public int? Component { get; }

    public int? Subproposal { get; }

    public ProposalKind Kind => Subproposal is not null
        ? ProposalKind.Subproposal
        : Component is not null ? ProposalKind.Component : ProposalKind.Mip;

    /// <summary>The code of the parent: a subproposal's component, a component's MIP; null for a MIP.</summary>
    public ProposalCode? Parent => Kind switch
    {
        ProposalKind.Subproposal => new ProposalCode(Mip, Component, null),
        ProposalKind.Component => new ProposalCode(Mip, null, null),
        _ => null,
    };

    public static ProposalCode Parse(string value) =>
        TryParse(value, out var code)
            ? code
            : throw new FormatException($"'{value}' is not a proposal code such as MIP41, MIP41c5 or MIP41c5-SP2.");

    /// <summary>Accepts any letter case ("mip41C5-sp2") and normalises to the canonical form.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ProposalCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32)
        {
            return false;
        }

        var match = Pattern().Match(value.Trim());
        if (!match.Success)
        {
            return false;
        }

        code = new ProposalCode(
            ParseNumber(match.Groups["mip"].Value),
            match.Groups["c"].Success ? ParseNumber(match.Groups["c"].Value) : null,
            match.Groups["sp"].Success ? ParseNumber(match.Groups["sp"].Value) : null);
        return true;
    }

    public override string ToString() =>
        Kind switch
        {
            ProposalKind.Subproposal => string.Create(CultureInfo.InvariantCulture, $"MIP{Mip}c{Component}-SP{Subproposal}"),
            ProposalKind.Component => string.Create(CultureInfo.InvariantCulture, $"MIP{Mip}c{Component}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"MIP{Mip}"),
        };

    private static int ParseNumber(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // Numbers have no leading zeros so that each proposal has exactly one code.
    [GeneratedRegex(@"^MIP(?<mip>0|[1-9][0-9]{0,5})(?:C(?<c>[1-9][0-9]{0,3})(?:-SP(?<sp>[1-9][0-9]{0,3}))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
