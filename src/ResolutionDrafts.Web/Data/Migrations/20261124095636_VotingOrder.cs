using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResolutionDrafts.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class VotingOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VotePosition",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VotePosition",
                table: "Proposals");
        }
    }
}
