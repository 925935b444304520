namespace ResolutionDrafts.Domain.Comparison;

/// <summary>Receives an edit script in token indices, in order.</summary>
internal interface ITokenSink
{
    void Equal(int aStart, int aEnd);

    void Delete(int aStart, int aEnd);

    void Insert(int bStart, int bEnd);
}
