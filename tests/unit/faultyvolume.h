#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

// A small file system of the test's own that can be filled up or made read-only. As root it is
// a tmpfs mounted for the test: a real full disk (ENOSPC) and a real read-only remount. Without
// root a limit on file size stands in for the full disk (the kernel refuses the write) and
// permission bits for read-only. ENTRE_REQUIRE_E2E=1 makes a missing tmpfs a failure.
class FaultyVolume {
public:
    FaultyVolume()
    {
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("cannot make a temporary folder");
            return;
        }
        if (geteuid() != 0) {
            m_problem = QStringLiteral("not root, so no tmpfs can be mounted");
            return;
        }
        m_mounted =
            run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                          QStringLiteral("-o"), QStringLiteral("size=4m,mode=0755"),
                                          QStringLiteral("entre-faults"), m_dir.path()});
        if (!m_mounted)
            m_problem = QStringLiteral("mount -t tmpfs failed: ") + m_output;
    }

    ~FaultyVolume()
    {
        free();
        const QStringList frozen = m_frozen;
        for (const QString& path : frozen)
            thaw(path);
        if (m_mounted) {
            run(QStringLiteral("mount"),
                {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_dir.path()});
            if (!run(QStringLiteral("umount"), {m_dir.path()}))
                run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
        } else {
            QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
        }
    }

    FaultyVolume(const FaultyVolume&) = delete;
    FaultyVolume& operator=(const FaultyVolume&) = delete;

    // A tmpfs of its own, or the stand-ins; the second is refused under ENTRE_REQUIRE_E2E=1.
    bool isTmpfs() const { return m_mounted; }
    bool usable() const
    {
        return m_mounted || qEnvironmentVariableIntValue("ENTRE_REQUIRE_E2E") == 0;
    }
    QString problem() const { return m_problem; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // After this, a write that needs one more block fails: ENOSPC on the tmpfs, EFBIG (any file
    // growing past one byte) under the file-size limit.
    bool fill()
    {
        if (!m_mounted) {
            std::signal(SIGXFSZ, SIG_IGN);
            getrlimit(RLIMIT_FSIZE, &m_savedLimit);
            rlimit tiny = m_savedLimit;
            tiny.rlim_cur = 1;
            m_limited = setrlimit(RLIMIT_FSIZE, &tiny) == 0;
            return m_limited;
        }
        const QByteArray filler = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(4096, 'x');
        while (::write(fd, block.constData(), size_t(block.size())) > 0) {
        }
        const bool full = errno == ENOSPC;
        ::close(fd);
        return full;
    }

    // The space comes back, as when the user deletes a file.
    void free()
    {
        if (m_limited) {
            setrlimit(RLIMIT_FSIZE, &m_savedLimit);
            m_limited = false;
        }
        if (m_mounted)
            QFile::remove(filePath(QStringLiteral("filler")));
    }

    // Read-only even for root: immutable as root (new opens for writing fail), else mode 0444.
    bool freeze(const QString& path)
    {
        const bool done = geteuid() == 0
                              ? run(QStringLiteral("chattr"), {QStringLiteral("+i"), path})
                              : QFile::setPermissions(path, QFileDevice::ReadOwner);
        if (done)
            m_frozen.append(path);
        return done;
    }
    void thaw(const QString& path)
    {
        if (geteuid() == 0)
            run(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        else
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_frozen.removeAll(path);
    }

    // The whole volume read-only, like a locked USB stick. The kernel refuses this while a file
    // on it is open for writing, so it serves as a target, not for the open event.
    bool setReadOnly(bool readOnly)
    {
        if (m_mounted) {
            return run(QStringLiteral("mount"),
                       {QStringLiteral("-o"),
                        readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                        m_dir.path()});
        }
        return QFile::setPermissions(m_dir.path(),
                                     readOnly ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
    }

private:
    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool ok = process.waitForFinished(10000) &&
                        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        m_output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (m_output.isEmpty() && !ok)
            m_output = process.errorString();
        return ok;
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_savedLimit{};
    QStringList m_frozen;
    QString m_problem;
    QString m_output;
};
