using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ResolutionDrafts.Benchmarks.HubLoad;
using ResolutionDrafts.Benchmarks.Precedents;

// `dotnet run -c Release --project tests/ResolutionDrafts.Benchmarks -- [--filter *Import*]` runs the
// BenchmarkDotNet suites; `-- hub-load ...` runs the co-editing load driver instead, `-- room-load ...` the
// negotiating room (readers in Chromium beside typists), `-- precedents ...` the precedent corpus's import,
// index and query timings, `-- panel-latency --url …` the typing panel's latency in Chromium,
// `-- key-to-paint --url …` the page's own cost of each keystroke in the live editor (docs/benchmarks.md).
if (args.Length > 0 && args[0] == "hub-load")
{
    return await HubLoadDriver.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "panel-latency")
{
    return await PanelLatencyDriver.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "key-to-paint")
{
    return await ResolutionDrafts.Benchmarks.Typing.KeyToPaintDriver.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "room-load")
{
    return await ResolutionDrafts.Benchmarks.RoomLoad.RoomLoadDriver.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "precedents")
{
    return PrecedentDriver.Run(args[1..]);
}

// Workstation GC, as before this project turned on server GC for hub-load, unless a job says otherwise.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(Job.Default.WithGcServer(false).AsDefault()));
return 0;
