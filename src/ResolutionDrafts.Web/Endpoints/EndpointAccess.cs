using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>The HTTP face of <see cref="DraftAccessService"/>: 404 for a draft the caller is not a member of (as for one that does not exist), 403 for an action their role does not allow.</summary>
internal static class EndpointAccess
{
    public static async Task<(DraftAccess? Access, IResult? Refusal)> CheckAsync(HttpContext http, Guid draftId, DraftAction action)
    {
        var access = await http.RequestServices.GetRequiredService<DraftAccessService>().ForAsync(http.User, draftId, http.RequestAborted);
        if (access is null)
        {
            return (null, Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound));
        }

        return access.Can(action)
            ? (access, null)
            : (access, Results.Problem(access.Refusal(action), statusCode: StatusCodes.Status403Forbidden));
    }
}
