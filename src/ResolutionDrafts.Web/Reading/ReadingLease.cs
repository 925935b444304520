namespace ResolutionDrafts.Web.Reading;

/// <summary>A reader's hold on a draft's <see cref="ReadingBroadcast"/>; disposing it lets the broadcast go after its grace time.</summary>
public sealed class ReadingLease(ReadingBroadcast broadcast, Action release) : IDisposable
{
    private int released;

    public ReadingBroadcast Broadcast => broadcast;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            release();
        }
    }
}
