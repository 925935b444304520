using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResolutionDrafts.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthorLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
