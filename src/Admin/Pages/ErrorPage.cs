using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ZeroWork.Admin.Pages;

/// <summary>What staff see instead of a blank page when an admin request is refused, missing or too frequent: what happened, in Chinese, and the way back.
/// Written by the status-code middleware itself (not a re-executed page), so it works whatever the routing order of the process.</summary>
public static class ErrorPage
{
    // Chinese as characters, markup still encoded (as the pages are, see AddAdmin).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var code = http.Response.StatusCode;
        if (!http.Request.Path.StartsWithSegments(AdminPaths.Root, StringComparison.OrdinalIgnoreCase) || code is < 400 or 401)
        {
            return;
        }

        var (heading, text) = code switch
        {
            403 => ("没有权限", "您的账号没有办理这项业务的权限。如需办理，请联系上级管理员。"),
            404 => ("页面或记录不存在", "您要找的页面或记录不存在，或不在您的管辖范围内。"),
            429 => ("操作太频繁", "短时间内操作次数过多，请稍等一分钟再试。"),
            _ => ("出错了", "系统暂时无法完成这项操作，请检查填写的内容后再试；问题持续请联系管理员。"),
        };
        var html = Encoder;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.Encode(heading)} - 襄阳零工市场管理后台</title><link rel="stylesheet" href="{AdminPaths.Assets}/admin.css"></head>
            <body>
            <header class="top"><a class="brand" href="{AdminPaths.Root}/">襄阳零工市场 · 管理后台</a></header>
            <main class="content wide"><section class="error-page">
            <h1>{html.Encode(heading)} <small>（{code}）</small></h1>
            <p>{html.Encode(text)}</p>
            <p><a id="back" href="{html.Encode(Back(http.Request))}">返回上一页</a> · <a href="{AdminPaths.Root}/">回到工作概览</a></p>
            </section></main>
            </body>
            </html>
            """);
    }

    /// <summary>The admin page the person came from (same host only), else the dashboard.</summary>
    private static string Back(HttpRequest request)
    {
        var referer = request.Headers.Referer.ToString();
        return Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == request.Host.Host
            && uri.AbsolutePath.StartsWith(AdminPaths.Root + "/", StringComparison.OrdinalIgnoreCase)
            ? uri.PathAndQuery
            : AdminPaths.Root + "/";
    }
}
