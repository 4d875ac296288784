using System.Text;

namespace MipForum.Benchmarks;

/// <summary>Representative governance posts: headings, lists, links, quotes, mentions, emoji, a table, code.</summary>
internal static class SamplePosts
{
    public const string Typical = """
        ## On the RWF-001 offboarding

        Thanks @moshe_f for putting MIP41c5-SP2 up for RFC, and thanks @sato-k for answering point by point :+1:

        > the budget statements for the last two months missed the MIP41c3 deadline

        I read both statements again this morning. A few observations, in order of importance:

        1. **Reporting.** The March statement was 19 days late; the April one landed during the RFC. That is a pattern, not an accident.
        2. **Roster.** The notice came 23 days after the change. MIP41c4 asks for *seven* — see [the rules](https://example.org/mips/mip41c4).
        3. **Process.** Posting on a Saturday at 23:00 UTC is not a crime, but it does look bad :thinking:

        | Item | Due | Published |
        |---|---|---:|
        | Statement M-2 | 15 Mar | 3 Apr |
        | Statement M-1 | 15 Apr | 29 Apr |

        What I would like to see before Formal Submission:

        - [ ] a written reply from the facilitator in the proposal body
        - [x] the budget statement for M-1
        - [ ] a transition plan that keeps the originator pipeline alive

        ### Why the timing matters

        Offboarding a facilitator mid-quarter is expensive. The unit has three originator negotiations open, and the
        counterparties know @sato-k, not the interim facilitator. If MIP41c5-SP2 passes as written, the handover in
        step 2 has to happen inside seven days, which overlaps with the quarterly budget review under MIP40. I would
        rather see the effective date moved to the start of the next quarter, with an interim co-facilitator named now.

        ```text
        proposed:   ratification + 14 days
        suggested:  first day of next quarter, co-facilitator from ratification
        ```

        @lena.v asked on the call whether the forum and the poll will ever agree on wording; for the record, the signal
        poll should quote the *final* version of the proposal, not the RFC draft. See also [the previous thread][prev].

        [prev]: https://example.org/t/rwf-001-budget-review/88

        Happy to discuss on the governance call → Thursday 16:00 UTC. 同意します on the goal, not yet on the timing.
        """;

    public static string Long { get; } = BuildLong();

    private static string BuildLong()
    {
        var builder = new StringBuilder();
        while (builder.Length < 30_000)
        {
            builder.AppendLine(Typical).AppendLine();
        }

        return builder.ToString(0, 30_000);
    }
}
