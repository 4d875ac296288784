namespace MipForum.Domain.Proposals;

public enum ProposalKind
{
    Mip = 0,
    Component = 1,
    Subproposal = 2,
}
