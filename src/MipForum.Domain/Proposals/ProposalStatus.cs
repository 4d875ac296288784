namespace MipForum.Domain.Proposals;

/// <summary>The MIP lifecycle statuses; stored by name so the database stays readable.</summary>
public enum ProposalStatus
{
    Conception = 0,
    Rfc = 1,
    FormalSubmission = 2,
    Accepted = 3,
    Rejected = 4,
    Withdrawn = 5,
    Deferred = 6,
    Obsolete = 7,
}
