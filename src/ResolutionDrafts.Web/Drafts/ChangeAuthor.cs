namespace ResolutionDrafts.Web.Drafts;

/// <summary>Who makes a change from a page, for the change log (the signed-in user once accounts exist).</summary>
public sealed record ChangeAuthor(string Name)
{
    public static readonly ChangeAuthor Secretariat = new("Secretariat");
}
