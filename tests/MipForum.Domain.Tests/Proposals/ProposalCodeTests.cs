using MipForum.Domain.Proposals;

namespace MipForum.Domain.Tests.Proposals;

public sealed class ProposalCodeTests
{
    [Theory]
    [InlineData("MIP41", ProposalKind.Mip, 41, null, null)]
    [InlineData("MIP41c5", ProposalKind.Component, 41, 5, null)]
    [InlineData("MIP41c5-SP2", ProposalKind.Subproposal, 41, 5, 2)]
    [InlineData("MIP0", ProposalKind.Mip, 0, null, null)]
    [InlineData("MIP101c12-SP34", ProposalKind.Subproposal, 101, 12, 34)]
    public void ShouldParseKindAndNumbersWhenCodeIsWellFormed(string value, ProposalKind kind, int mip, int? component, int? subproposal)
    {
        var code = ProposalCode.Parse(value);

        Assert.Equal(kind, code.Kind);
        Assert.Equal(mip, code.Mip);
        Assert.Equal(component, code.Component);
        Assert.Equal(subproposal, code.Subproposal);
        Assert.Equal(value, code.ToString());
    }

    [Theory]
    [InlineData("mip41c5-sp2", "MIP41c5-SP2")]
    [InlineData(" MIP41C5 ", "MIP41c5")]
    public void ShouldNormaliseWhenCaseOrSpacingDiffers(string value, string canonical) =>
        Assert.Equal(canonical, ProposalCode.Parse(value).ToString());

    [Fact]
    public void ShouldWalkUpTheHierarchyWhenAskedForParents()
    {
        var subproposal = ProposalCode.Parse("MIP41c5-SP2");

        var component = subproposal.Parent;
        var mip = component?.Parent;

        Assert.Equal("MIP41c5", component?.ToString());
        Assert.Equal(ProposalKind.Component, component?.Kind);
        Assert.Equal("MIP41", mip?.ToString());
        Assert.Equal(ProposalKind.Mip, mip?.Kind);
        Assert.Null(mip?.Parent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MIP")]
    [InlineData("41c5")]
    [InlineData("MIP41-SP2")]
    [InlineData("MIP41c0")]
    [InlineData("MIP041")]
    [InlineData("MIP41c5-SP")]
    [InlineData("MIP41c5-SP2x")]
    [InlineData("MIP41c5 SP2")]
    [InlineData("<script>")]
    public void ShouldRejectWhenCodeIsMalformed(string value)
    {
        Assert.False(ProposalCode.TryParse(value, out _));
        Assert.Throws<FormatException>(() => ProposalCode.Parse(value));
    }

    [Fact]
    public void ShouldBeEqualWhenCodesMatch() =>
        Assert.Equal(ProposalCode.Parse("MIP41c5"), ProposalCode.Parse("mip41C5"));
}
