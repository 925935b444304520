using ResolutionDrafts.Web.Endpoints;
using ResolutionDrafts.Web.Precedents;

namespace ResolutionDrafts.Web.Extensions;

internal static class PrecedentsExtensions
{
    public static WebApplicationBuilder AddPrecedents(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PrecedentSearch>();
        builder.Services.AddHostedService<DemoCorpus>();
        return builder;
    }

    public static WebApplication MapPrecedents(this WebApplication app)
    {
        app.MapPrecedentApi();
        return app;
    }
}
