using System.Net;
using System.Text;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// A self-contained HTML page: inline CSS, figures as base64 PNG data URIs, no scripts and no network access, so the
/// file can be mailed, archived or opened offline and shows the same thing.
/// </summary>
public sealed class HtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.4; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #0072B2; padding-bottom: .2em; }
        h2 { font-size: 1.25em; margin-top: 2em; color: #0072B2; }
        table { border-collapse: collapse; margin: .5em 0; font-size: .9em; }
        th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1em 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: .85em; color: #555; }
        nav a { margin-right: 1em; }
        .note { color: #555; font-size: .9em; }
        """;

    private readonly List<(string Id, string Heading, StringBuilder Body)> sections = [];

    /// <summary>A report titled <paramref name="title"/>.</summary>
    public HtmlReport(string title) => Title = title;

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The ids of the sections, in order.</summary>
    public IReadOnlyList<string> SectionIds => [.. sections.Select(s => s.Id)];

    /// <summary>Starts a section (its id is the anchor tests and links use); later calls append to it.</summary>
    public HtmlReport Section(string id, string heading)
    {
        sections.Add((id, heading, new StringBuilder()));
        return this;
    }

    /// <summary>Appends a paragraph of plain text to the current section.</summary>
    public HtmlReport Paragraph(string text, bool note = false)
    {
        Current.Append(note ? "<p class=\"note\">" : "<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Appends a table of plain-text cells; cells that parse as numbers are right-aligned.</summary>
    public HtmlReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var b = Current.Append("<table>\n<thead><tr>");
        foreach (var h in headers)
        {
            b.Append("<th>").Append(Encode(h)).Append("</th>");
        }

        b.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            b.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
                b.Append(numeric ? "<td class=\"num\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>Appends a figure as an embedded PNG with its title as caption and alternative text.</summary>
    public HtmlReport Figure(Figure figure)
    {
        var png = Convert.ToBase64String(figure.Png());
        Current.Append("<figure data-kind=\"").Append(Encode(figure.Kind)).Append("\"><img alt=\"").Append(Encode(figure.Title))
            .Append("\" width=\"").Append(figure.Width).Append("\" height=\"").Append(figure.Height)
            .Append("\" src=\"data:image/png;base64,").Append(png).Append("\"><figcaption>").Append(Encode(figure.Title)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>The whole page.</summary>
    public string Render()
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n");
        b.Append("<title>").Append(Encode(Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        b.Append("<h1>").Append(Encode(Title)).Append("</h1>\n<nav>");
        foreach (var (id, heading, _) in sections)
        {
            b.Append("<a href=\"#").Append(Encode(id)).Append("\">").Append(Encode(heading)).Append("</a>");
        }

        b.Append("</nav>\n");
        foreach (var (id, heading, body) in sections)
        {
            b.Append("<section id=\"").Append(Encode(id)).Append("\">\n<h2>").Append(Encode(heading)).Append("</h2>\n").Append(body).Append("</section>\n");
        }

        b.Append("<footer class=\"note\">Written by dilemma report; self-contained (no scripts, no network).</footer>\n</body>\n</html>\n");
        return b.ToString();
    }

    private StringBuilder Current => sections.Count > 0 ? sections[^1].Body : throw new InvalidOperationException("start a section first");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
