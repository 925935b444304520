using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Endpoints;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Extensions;

internal static class DraftsExtensions
{
    public static WebApplicationBuilder AddDrafts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IDraftService, DraftService>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
        builder.Services.AddSingleton<IRevisionService, RevisionService>();
        builder.Services.AddSingleton<TextVersions>();
        builder.Services.AddSingleton<ChangeAuthors>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalStore>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalQueries>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalChanges>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalCommands>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalDecisions>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.ProposalService>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.IProposalService>(s => s.GetRequiredService<ResolutionDrafts.Web.Proposals.ProposalService>());
        builder.Services.AddSingleton<SponsorshipService>();
        builder.Services.AddSingleton<ISponsorshipService>(s => s.GetRequiredService<SponsorshipService>());
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.NegotiationService>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Proposals.MarkupImportService>();

        // Reading along (ADR 0017): one broadcast per draft with readers, one stream per reader.
        builder.Services.AddOptions<ResolutionDrafts.Web.Reading.ReadingOptions>()
            .BindConfiguration(ResolutionDrafts.Web.Reading.ReadingOptions.Section)
            .Validate(o => o.Coalesce >= TimeSpan.Zero && o.Coalesce <= TimeSpan.FromSeconds(1), "Reading:Coalesce must be between 00:00:00 and 00:00:01.")
            .Validate(o => o.Heartbeat >= TimeSpan.FromMilliseconds(100), "Reading:Heartbeat must be at least 00:00:00.1.")
            .Validate(o => o.PresenceCoalesce >= TimeSpan.Zero && o.PresenceCoalesce <= TimeSpan.FromSeconds(5), "Reading:PresenceCoalesce must be between 00:00:00 and 00:00:05.")
            .Validate(o => o.StreamsPerUser >= 1, "Reading:StreamsPerUser must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Reading.ReadingRenderer>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Reading.ReadingBroadcasts>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Reading.ReadingStream>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Reading.ReadingStreamLimit>();
        builder.Services.AddSingleton<ResolutionDrafts.Web.Reading.ReadingWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ResolutionDrafts.Web.Reading.ReadingWarmUp>());
        return builder;
    }

    public static WebApplication MapDrafts(this WebApplication app)
    {
        app.MapExports();
        app.MapDraftApi();
        app.MapReading();
        return app;
    }
}
