using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Extensions;

internal static class DraftsExtensions
{
    public static WebApplicationBuilder AddDrafts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DraftChangeNotifier>();
        builder.Services.AddSingleton<IDraftService, DraftService>();
        return builder;
    }
}
