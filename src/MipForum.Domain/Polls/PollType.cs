namespace MipForum.Domain.Polls;

/// <summary>How a ballot chooses among the options.</summary>
public enum PollType
{
    /// <summary>Yes / No / Abstain, one choice: the ratification poll of MIP51, and the default.</summary>
    Binary,

    /// <summary>One option of several.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The API's wire name for single choice is 'single'.")]
    Single,

    /// <summary>Any number of options, each approved with the ballot's full weight.</summary>
    Approval,

    /// <summary>A ranking of some or all options, counted by instant runoff.</summary>
    Ranked,
}
