namespace MipForum.Domain.Polls;

/// <summary>Whether readers see the running totals while the poll is open, or only once it closed.</summary>
public enum ResultsVisibility
{
    Live,
    AfterClose,
}

/// <summary>One member one vote, or each ballot weighted by an uploaded snapshot (plus what is delegated to the voter).</summary>
public enum PollWeighting
{
    Member,
    Snapshot,
}

/// <summary>Where a poll is in its life, at a given moment.</summary>
public enum PollState
{
    /// <summary>Created with a later opening time: visible, not yet taking ballots.</summary>
    Scheduled,

    Open,

    /// <summary>Past its closing time, waiting for the closing job (which counts it): taking no more ballots.</summary>
    Closing,

    /// <summary>Counted; the poll, its ballots and its result never change again.</summary>
    Closed,
}
