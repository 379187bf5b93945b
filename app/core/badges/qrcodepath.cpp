#include "qrcodepath.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <memory>

namespace entre {

Result<QrCodePath> makeQrCodePath(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return badInput(QCoreApplication::translate("entre::QrCode", "A QR code needs some text."));
    // Level M survives a scuffed badge; 8-bit mode keeps the code exactly as stored.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return failed(QCoreApplication::translate("entre::QrCode",
                                                  "The QR code for \"%1\" could not be made.")
                          .arg(text));
    QrCodePath qr;
    qr.modules = code->width;
    qr.path.setFillRule(Qt::WindingFill);
    const int width = code->width;
    for (int y = 0; y < width; ++y) {
        const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
        int x = 0;
        while (x < width) {
            if (!(row[x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < width && (row[x] & 1))
                ++x;
            qr.runs.append(QRectF(start, y, x - start, 1));
            qr.path.addRect(qr.runs.constLast());
        }
    }
    return qr;
}

} // namespace entre
