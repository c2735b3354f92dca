using System.Net;
using System.Text.RegularExpressions;

namespace ZeroWork.Admin.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, reads the antiforgery token from the page a form is on, and posts it back.</summary>
public sealed partial class AdminClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        var page = await GetStringAsync("/admin/account/login");
        return await PostAsync("/admin/account/login", page, new() { ["userName"] = userName, ["password"] = password });
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    /// <summary>Posts a form with the antiforgery token found on <paramref name="page"/> (the page's HTML).</summary>
    public Task<HttpResponseMessage> PostAsync(string url, string page, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenOf(page) };
        return Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>GETs <paramref name="formPage"/> for its token, then posts to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string url, Dictionary<string, string> fields) =>
        await PostAsync(url, await GetStringAsync(formPage), fields);

    public Task<HttpResponseMessage> PostMultipartAsync(string url, string page, Dictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(TokenOf(page)), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields)
        {
            form.Add(new StringContent(v), k);
        }

        foreach (var (field, name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }

        return Http.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    public static string TokenOf(string page)
    {
        var match = Token().Match(page);
        Assert.True(match.Success, "no antiforgery token on the page");
        return match.Groups[1].Value;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
