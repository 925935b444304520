namespace ResolutionDrafts.Web.Data;

/// <summary>
/// A delegation's proposal to amend a draft. The texts are stored whole (draft JSON): the text it
/// was made to and the proposed text; the instructions and their wording are computed from the two
/// on load, so improving the wording never needs a data migration. Everything else about it
/// (proposers, state, votes, history) is the domain's <c>ProposalData</c> as JSON.
/// </summary>
public sealed class ProposalRecord
{
    public Guid Id { get; set; }

    public Guid DraftId { get; set; }

    /// <summary>1, 2, 3… within the draft, in the order they were made: "proposal 3".</summary>
    public int Number { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>A <see cref="Domain.Negotiation.ProposalState"/> name, for filtering without reading the JSON.</summary>
    public string State { get; set; } = "";

    /// <summary>Its place in the voting order as the secretariat set it; null while the suggested order stands.</summary>
    public int? VotePosition { get; set; }

    public string OriginalJson { get; set; } = "";

    public string ProposedJson { get; set; } = "";

    public string DataJson { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public long Version { get; set; }
}
