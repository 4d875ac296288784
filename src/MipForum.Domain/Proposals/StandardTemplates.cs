namespace MipForum.Domain.Proposals;

/// <summary>
/// The templates MipForum ships: MIP0's general MIP template (used for new MIPs and for components that prescribe none)
/// and MIP41's facilitator onboarding (c4) and offboarding (c5) subproposal templates, with our own help texts.
/// </summary>
public static class StandardTemplates
{
    /// <summary>A Core Unit ID as the MIPs use them: two to five capitals, a dash, three digits (RWF-001).</summary>
    public const string CoreUnitIdPattern = @"\b[A-Z]{2,5}-\d{3}\b";

    public static SubproposalTemplate General { get; } = new(
    [
        new TemplateSection("References", 2, false, "Links to the documents, discussions and data this proposal relies on."),
        new TemplateSection("Sentence Summary", 2, true, "What the proposal does, in one sentence (about 30 words)."),
        new TemplateSection("Paragraph Summary", 2, true, "What the proposal does and why, in one paragraph (about 100 words)."),
        new TemplateSection("Component Summary", 2, false, "One line per component: its code, name and purpose."),
        new TemplateSection("Motivation", 2, true, "The problem this solves and why now."),
        new TemplateSection("Specification / Proposal Details", 2, true, "The process or change in full: what happens, who does it, when."),
    ]);

    public static SubproposalTemplate FacilitatorOnboarding { get; } = new(
    [
        new TemplateSection("Sentence Summary", 2, true, "Who becomes Facilitator of which Core Unit, in one sentence."),
        new TemplateSection("Paragraph Summary", 2, true, "Why this person, and what changes for the Core Unit, in one paragraph."),
        new TemplateSection("Specification", 2, false, string.Empty, IsGroup: true),
        new TemplateSection("Motivation", 3, true, "Why you are applying, and what you bring to the Core Unit."),
        new TemplateSection("Core Unit ID", 3, true, "The Core Unit you would facilitate, by its ID (for example RWF-001).", CoreUnitIdPattern, "a Core Unit ID such as RWF-001"),
        new TemplateSection("Facilitator Account and Information", 3, true, "Your forum name, other handles you use for Maker business, and the Ethereum address that will control the budget implementation."),
        new TemplateSection("Facilitator Commitment", 3, true, "What you will do: plans, targets governance can check, and how you will keep the work transparent."),
        new TemplateSection("Succession Plan", 3, true, "Who serves as Interim Facilitator if you stop, or why none is needed."),
    ]);

    public static SubproposalTemplate FacilitatorOffboarding { get; } = new(
    [
        new TemplateSection("Sentence Summary", 2, true, "Who stops being Facilitator of which Core Unit, in one sentence."),
        new TemplateSection("Paragraph Summary", 2, true, "The background and what happens next, in one paragraph."),
        new TemplateSection("Specification", 2, false, string.Empty, IsGroup: true),
        new TemplateSection("Motivation", 3, true, "Why this Facilitator is being offboarded. Stick to facts that can be checked."),
        new TemplateSection("Powers for Unwinding Plan", 3, true, "The unwinding plan (MIP39c3) and the minimum powers the Facilitator or an interim keeps to carry it out: services, assets, subscriptions and contracts to transfer or end."),
        new TemplateSection("Core Unit ID", 3, true, "The Core Unit the Facilitator leaves, by its ID (for example RWF-001).", CoreUnitIdPattern, "a Core Unit ID such as RWF-001"),
    ]);
}
