using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResolutionDrafts.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MarkupImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReplyToId",
                table: "Comments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MarkupImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProposalIds = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Comments = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkupImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarkupImports_Drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "Drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WordAuthors",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WordAuthor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Delegation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MappedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordAuthors", x => new { x.DraftId, x.WordAuthor });
                    table.ForeignKey(
                        name: "FK_WordAuthors_Drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "Drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MarkupImports_DraftId_AtUtc",
                table: "MarkupImports",
                columns: new[] { "DraftId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MarkupImports");

            migrationBuilder.DropTable(
                name: "WordAuthors");

            migrationBuilder.DropColumn(
                name: "ReplyToId",
                table: "Comments");
        }
    }
}
