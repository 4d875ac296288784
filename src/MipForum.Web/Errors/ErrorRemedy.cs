namespace MipForum.Web.Errors;

/// <summary>What the caller can do about a refusal: API clients read it as the problem's <c>remedy</c>, pages offer it.</summary>
public enum ErrorRemedy
{
    /// <summary>Nothing to do with this request as it is (not allowed, against a rule, not there, or our fault).</summary>
    None,

    /// <summary>Correct the fields named in the errors and send again.</summary>
    FixInput,

    /// <summary>Sign in (again) first.</summary>
    SignIn,

    /// <summary>The change was based on an old version: reload, reapply, send. Sending the same request again fails again.</summary>
    Reload,

    /// <summary>Nothing was saved, but nothing is wrong with the request either: send the same request again after Retry-After.</summary>
    Retry,
}
