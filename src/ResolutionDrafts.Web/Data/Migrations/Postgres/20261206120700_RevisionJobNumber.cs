using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResolutionDrafts.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RevisionJobNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JobNumber",
                table: "Revisions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JobNumber",
                table: "Revisions");
        }
    }
}
