using ResolutionDrafts.Web.Endpoints;
using ResolutionDrafts.Web.Precedents;

namespace ResolutionDrafts.Web.Extensions;

internal static class PrecedentsExtensions
{
    public static WebApplicationBuilder AddPrecedents(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PrecedentSearch>();
        builder.Services.AddHostedService<DemoCorpus>();
        // After the demo set: the index is built once, with it.
        builder.Services.AddHostedService<PrecedentIndexWarmUp>();
        return builder;
    }

    public static WebApplication MapPrecedents(this WebApplication app)
    {
        app.MapPrecedentApi();
        return app;
    }
}
