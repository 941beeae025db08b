namespace Formcast.Core;

/// <summary>
/// Who is asking. Every read and write of athlete data takes one, and the store resolves what it may see in one
/// place. <see cref="Owner"/> is the person running Formcast on their own store file (the command line, a
/// single-user server); everything else is a signed-in user whose rights follow from team memberships.
/// </summary>
public sealed record AccessContext
{
    private AccessContext(UserId? userId, bool isOwner, string purpose)
    {
        UserId = userId;
        IsOwner = isOwner;
        Purpose = purpose;
    }

    /// <summary>The signed-in user, or null for the owner.</summary>
    public UserId? UserId { get; }

    /// <summary>True for the owner of the store, who may read and write everything.</summary>
    public bool IsOwner { get; }

    /// <summary>Why the data is read (recorded by the audit log), e.g. "cli", "dashboard", "research-export".</summary>
    public string Purpose { get; }

    /// <summary>The owner of the store, for a stated purpose.</summary>
    public static AccessContext Owner(string purpose = "owner") => new(null, true, purpose);

    /// <summary>A signed-in user; rights follow from their team memberships.</summary>
    public static AccessContext ForUser(UserId userId, string purpose = "user") => new(userId, false, purpose);

    public override string ToString() => IsOwner ? $"owner ({Purpose})" : $"user {UserId} ({Purpose})";
}
