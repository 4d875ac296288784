using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Domain.Tests.Proposals;

public sealed class ProposalTests
{
    [Fact]
    public void ShouldLinkSubproposalToItsComponentWhenParentMatchesCode()
    {
        var author = TestData.Member();
        var mip = Proposal.Recorded(ProposalCode.Parse("MIP41"), null, "Facilitator framework", "", author, TestData.Body(), TestData.Now);
        var component = Proposal.Recorded(ProposalCode.Parse("MIP41c5"), mip, "Offboarding", "", author, TestData.Body(), TestData.Now);

        var subproposal = Proposal.Recorded(ProposalCode.Parse("MIP41c5-SP2"), component, "Facilitator Offboarding (RWF-001)", "", author, TestData.Body(), TestData.Now);

        Assert.Same(component, subproposal.Parent);
        Assert.Equal(ProposalKind.Subproposal, subproposal.Kind);
        Assert.Equal("MIP41c5-SP2", subproposal.Code);
        Assert.Equal(ProposalStatus.Conception, subproposal.Status);
    }

    [Fact]
    public void ShouldRefuseWhenParentIsNotTheOneTheCodeNames()
    {
        var author = TestData.Member();
        var mip = Proposal.Recorded(ProposalCode.Parse("MIP41"), null, "Framework", "", author, TestData.Body(), TestData.Now);
        var otherComponent = Proposal.Recorded(ProposalCode.Parse("MIP41c4"), mip, "Onboarding", "", author, TestData.Body(), TestData.Now);

        var error = Assert.Throws<DomainRuleException>(() =>
            Proposal.Recorded(ProposalCode.Parse("MIP41c5-SP2"), otherComponent, "Offboarding", "", author, TestData.Body(), TestData.Now));
        Assert.Contains("MIP41c5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseWhenComponentHasNoParent() =>
        Assert.Throws<DomainRuleException>(() =>
            Proposal.Recorded(ProposalCode.Parse("MIP41c5"), null, "Offboarding", "", TestData.Member(), TestData.Body(), TestData.Now));

    [Fact]
    public void ShouldRefuseWhenTitleIsBlank() =>
        Assert.Throws<DomainRuleException>(() =>
            Proposal.Recorded(ProposalCode.Parse("MIP41"), null, "   ", "", TestData.Member(), TestData.Body(), TestData.Now));

    [Fact]
    public void ShouldRecordRatificationWhenAccepted()
    {
        var proposal = Proposal.Recorded(ProposalCode.Parse("MIP41"), null, "Framework", "", TestData.Member(), TestData.Body(), TestData.Now);

        proposal.RecordStatus(ProposalStatus.Accepted, TestData.Now.AddDays(30));

        Assert.Equal(ProposalStatus.Accepted, proposal.Status);
        Assert.Equal(TestData.Now.AddDays(30), proposal.RatifiedAt);
    }
}
