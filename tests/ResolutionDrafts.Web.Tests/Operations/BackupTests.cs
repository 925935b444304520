using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>`rd backup` copies the database while two delegations type; the copy, restored, has every change acknowledged before it began.</summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private readonly string folder = Directory.CreateTempSubdirectory("rd-backup-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task BackupTakenUnderLoad_Restored_HasEveryAcknowledgedOperation()
    {
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        var acknowledged = new ConcurrentBag<(string ClientId, long ClientSeq)>();
        cuba.Acknowledged = ack => acknowledged.Add((cuba.ClientId, ack.ClientSeq));
        brazil.Acknowledged = ack => acknowledged.Add((brazil.ClientId, ack.ClientSeq));
        using var stop = new CancellationTokenSource();
        var typing = Task.WhenAll(TypeAsync(cuba, "op4", stop.Token), TypeAsync(brazil, "op3", stop.Token));
        await HubClients.WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= 40), "40 changes acknowledged");

        var before = acknowledged.ToHashSet();
        var backup = Path.Combine(folder, "backup.db");
        var (exitCode, output) = await RunRdAsync("backup", app.DatabasePath, backup);
        var countAfterBackup = acknowledged.Count;
        await HubClients.WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= countAfterBackup + 10), "typing goes on after the backup");
        await stop.CancelAsync();
        await typing;

        Assert.True(exitCode == 0, output);
        Assert.Contains("saved operations", output);

        // Restore as docs/operations.md says: the backup file becomes the database of a new start.
        var restoredPath = Path.Combine(folder, "restored", "drafts.db");
        Directory.CreateDirectory(Path.GetDirectoryName(restoredPath)!);
        File.Copy(backup, restoredPath);
        await using var restored = new AppFactory(restoredPath);
        await using var db = await restored.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var saved = (await db.Operations.Where(o => o.DraftId == draftId).Select(o => new { o.ClientId, o.ClientSeq, o.Revision }).ToListAsync());
        var missing = before.Except(saved.Select(o => (o.ClientId, o.ClientSeq))).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {before.Count} acknowledged changes are not in the backup");

        // Consistent: the change log has no gap, and the draft loads at its last revision.
        var revisions = saved.Select(o => o.Revision).Order().ToList();
        Assert.Equal(Enumerable.Range(revisions[0], revisions.Count), revisions);
        Assert.Equal(revisions[^1], (await restored.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision);
    }

    [Fact]
    public async Task Backup_OfNoDatabase_OrOverAFile_IsRefusedWithAReason()
    {
        var (missingCode, missing) = await RunRdAsync("backup", Path.Combine(folder, "none.db"), Path.Combine(folder, "b.db"));
        Assert.Equal(2, missingCode);
        Assert.Contains("there is no database", missing);
        Assert.False(File.Exists(Path.Combine(folder, "none.db")));

        var existing = Path.Combine(folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");
        await app.Drafts.ListAsync(CancellationToken.None); // the app has made its database
        var (existsCode, exists) = await RunRdAsync("backup", app.DatabasePath, existing);
        Assert.Equal(2, existsCode);
        Assert.Contains("never overwrites", exists);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    private static async Task TypeAsync(LiveDraftConnection client, string nodeId, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await client.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, nodeId, 0, 0, "x").Value!));
            await client.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }
    }

    private static async Task<(int ExitCode, string Output)> RunRdAsync(params string[] args)
    {
        var rd = Path.Combine(AppProcess.RepositoryRoot(), "src", "ResolutionDrafts.Cli", "bin", AppProcess.BuildConfiguration, "net10.0", "rd.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(rd);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
