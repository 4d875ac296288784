namespace MipForum.Domain.Proposals;

public static class ProposalStatusNames
{
    /// <summary>The name a reader sees ("Formal Submission", "RFC").</summary>
    public static string DisplayName(this ProposalStatus status) => status switch
    {
        ProposalStatus.Conception => "Conception",
        ProposalStatus.Rfc => "RFC",
        ProposalStatus.FormalSubmission => "Formal Submission",
        ProposalStatus.Accepted => "Accepted",
        ProposalStatus.Rejected => "Rejected",
        ProposalStatus.Withdrawn => "Withdrawn",
        ProposalStatus.Deferred => "Deferred",
        ProposalStatus.Obsolete => "Obsolete",
        _ => status.ToString(),
    };

    public static string DisplayName(this ProposalKind kind) => kind switch
    {
        ProposalKind.Mip => "MIP",
        ProposalKind.Component => "Component",
        ProposalKind.Subproposal => "Subproposal",
        _ => kind.ToString(),
    };
}
