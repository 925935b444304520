using System.ComponentModel.DataAnnotations;

namespace ResolutionDrafts.Web.Data;

/// <summary>Where the app keeps its data. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>
    /// "sqlite" (one file, one node: the embedded default) or "postgres" (several nodes; the
    /// connection string is ConnectionStrings:Drafts).
    /// </summary>
    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be \"sqlite\" or \"postgres\".")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite database file; a relative path is taken from the app's content root.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/resolutiondrafts.db";

    /// <summary>
    /// SQLite's fsync policy for the app's own connections: "full" (the default: a commit — and so an
    /// acknowledgement — survives a power cut) or "normal" (in WAL mode a commit survives the process
    /// crashing, not the machine losing power; a lone typist's acknowledgement no longer waits for an
    /// fsync). docs/hub-protocol.md, "What an acknowledgement promises".
    /// </summary>
    [RegularExpression("^(full|normal)$", ErrorMessage = "Storage:SqliteSynchronous must be \"full\" or \"normal\".")]
    public string SqliteSynchronous { get; set; } = "full";

    /// <summary>Load the demo drafts when the database holds no draft.</summary>
    public bool SeedDemoData { get; set; } = true;
}
