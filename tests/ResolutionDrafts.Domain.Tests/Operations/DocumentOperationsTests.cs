using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>Kind, language and footnote operations: last writer wins, and both orders converge.</summary>
public sealed class DocumentOperationsTests
{
    private static Draft Base()
    {
        var draft = Draft.Create("en").Value!;
        draft.AddFootnote(1, "A/80/83.");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.[^1]", id: "op1");
        return draft;
    }

    public static TheoryData<DraftOperation, DraftOperation> Pairs => new()
    {
        { new SetDocumentKind(DocumentKind.RevisedDraftResolution, 1), new SetDocumentKind(DocumentKind.RevisedDraftResolution, 2) },
        { new SetLanguage("fr"), new SetLanguage("zh") },
        { new SetFootnote(1, "A/80/84."), new SetFootnote(1, "A/80/85.") },
        { new SetFootnote(1, "A/80/84."), new RemoveFootnote(1) },
        { new RemoveFootnote(1), new SetFootnote(1, "A/80/85.") },
        { new RemoveFootnote(1), new RemoveFootnote(1) },
        { new SetFootnote(2, "Resolution 70/1."), new SetTitle("Oceans") },
        { new SetDocumentKind(DocumentKind.AdoptedResolution, null), new SetLanguage("es") },
        { new SetDocumentKind(DocumentKind.DraftDecision, null), new SetDocumentKind(DocumentKind.RevisedDraftDecision, 1) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Transform_BothOrdersConverge(DraftOperation earlier, DraftOperation later)
    {
        var transformed = DraftOperation.Transform(earlier, later);
        Assert.True(transformed.IsSuccess, transformed.Error);

        var serverSide = Base();
        Assert.True(earlier.Apply(serverSide).IsSuccess);
        Assert.True(transformed.Value.Later.Apply(serverSide).IsSuccess);
        var clientSide = Base();
        Assert.True(later.Apply(clientSide).IsSuccess);
        Assert.True(transformed.Value.Earlier.Apply(clientSide).IsSuccess);

        Assert.Equal(DraftCanonicalForm.Of(serverSide), DraftCanonicalForm.Of(clientSide));
    }

    [Fact]
    public void LaterOverwrite_Stands()
    {
        var draft = Base();
        var (_, later) = DraftOperation.Transform(new SetLanguage("fr"), new SetLanguage("zh")).Value;
        new SetLanguage("fr").Apply(draft);
        later.Apply(draft);

        Assert.Equal("zh", draft.Language);
    }

    [Theory]
    [InlineData("""{"type":"setDocumentKind","kind":"revisedDraftResolution","revision":2}""")]
    [InlineData("""{"type":"setDocumentKind","kind":"revisedDraftDecision","revision":2}""")]
    [InlineData("""{"type":"setDocumentKind","kind":"adoptedDecision","revision":null}""")]
    [InlineData("""{"type":"setLanguage","language":"zh"}""")]
    [InlineData("""{"type":"setFootnote","number":3,"text":"A/80/83."}""")]
    [InlineData("""{"type":"removeFootnote","number":3}""")]
    public void Wire_RoundTrips(string json)
    {
        var parsed = DraftOperationJson.Parse(json);

        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(parsed.Value, DraftOperationJson.Parse(DraftOperationJson.Serialize(parsed.Value!)).Value);
    }

    [Fact]
    public void InvalidValues_AreRefused()
    {
        Assert.False(new SetLanguage("xx").Apply(Base()).IsSuccess);
        Assert.False(new SetDocumentKind(DocumentKind.RevisedDraftResolution, null).Apply(Base()).IsSuccess);
        Assert.False(new SetDocumentKind(DocumentKind.RevisedDraftDecision, null).Apply(Base()).IsSuccess);
        Assert.False(new SetDocumentKind(DocumentKind.DraftDecision, 1).Apply(Base()).IsSuccess);
        Assert.False(new SetFootnote(0, "x").Apply(Base()).IsSuccess);
        Assert.False(new SetFootnote(2, "  ").Apply(Base()).IsSuccess);
        Assert.False(DraftOperationJson.Parse("""{"type":"setFootnote","text":"no number"}""").IsSuccess);
    }
}
