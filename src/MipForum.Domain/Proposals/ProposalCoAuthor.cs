using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>A member who may edit and move a proposal (and see it while it is a draft) besides its author.</summary>
public sealed class ProposalCoAuthor
{
    private ProposalCoAuthor()
    {
    }

    internal ProposalCoAuthor(Proposal proposal, Member member)
    {
        Proposal = proposal;
        Member = member;
    }

    public int ProposalId { get; private set; }

    public Proposal Proposal { get; private set; } = null!;

    public int MemberId { get; private set; }

    public Member Member { get; private set; } = null!;
}
