using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Security;

/// <summary>Creates the first city administrator <c>admin</c> on first start. Its password comes from configuration, or is generated and printed to the console exactly once; only the hash is stored.</summary>
public sealed class BootstrapAdministrator(IMarketStore db, StaffSignIn passwords, IOptions<AdminOptions> options, TextWriter? console = null) : IHostedService
{
    public const string UserName = "admin";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.BootstrapPassword;
        var generated = string.IsNullOrEmpty(configured) ? PasswordRules.Generate() : null;
        var created = db.InTransaction(() =>
        {
            if (db.Staff.ByUserName(UserName) is not null)
            {
                return false;
            }

            var account = new StaffAccount
            {
                UserName = UserName,
                DisplayName = "市级管理员",
                Role = StaffRole.City,
                MustChangePassword = generated is not null,
                CreatedAt = db.UtcNow,
            };
            db.Staff.Insert(account with { PasswordHash = passwords.Hash(account, generated ?? configured!) });
            db.WriteAudit("system", "创建管理员", $"staff:{UserName}", generated is null ? "密码取自配置 Admin:BootstrapPassword" : "密码已生成并在控制台显示一次");
            return true;
        });

        if (created && generated is not null)
        {
            var output = console ?? Console.Out;
            output.WriteLine("==================================================");
            output.WriteLine($"已创建市级管理员账号：{UserName}");
            output.WriteLine($"初始密码（只显示这一次，首次登录后须修改）：{generated}");
            output.WriteLine("==================================================");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
